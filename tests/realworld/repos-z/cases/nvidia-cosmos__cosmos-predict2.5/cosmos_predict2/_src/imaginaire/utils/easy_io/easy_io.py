stub: upstream file of 36411 bytes
