stub: upstream file of 21329 bytes
