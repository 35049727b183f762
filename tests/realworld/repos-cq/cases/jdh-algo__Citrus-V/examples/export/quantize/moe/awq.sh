stub: upstream file of 299 bytes
