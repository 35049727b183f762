stub: upstream file of 6376 bytes
