stub: upstream file of 23100 bytes
