stub: upstream file of 150 bytes
