stub: upstream file of 11380 bytes
