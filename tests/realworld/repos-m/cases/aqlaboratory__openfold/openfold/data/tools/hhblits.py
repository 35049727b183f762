stub: upstream file of 6254 bytes
