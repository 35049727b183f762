stub: upstream file of 13585 bytes
