stub: upstream file of 13118 bytes
