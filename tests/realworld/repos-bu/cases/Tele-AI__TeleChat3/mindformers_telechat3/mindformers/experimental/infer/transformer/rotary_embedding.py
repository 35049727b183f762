stub: upstream file of 8645 bytes
