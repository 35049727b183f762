stub: upstream file of 119118 bytes
