stub: upstream file of 13313 bytes
