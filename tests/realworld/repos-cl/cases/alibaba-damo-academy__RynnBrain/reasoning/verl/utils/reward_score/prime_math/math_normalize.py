stub: upstream file of 6299 bytes
