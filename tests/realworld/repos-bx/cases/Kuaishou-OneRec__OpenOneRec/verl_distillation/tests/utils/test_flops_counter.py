stub: upstream file of 11343 bytes
