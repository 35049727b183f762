stub: upstream file of 10334 bytes
