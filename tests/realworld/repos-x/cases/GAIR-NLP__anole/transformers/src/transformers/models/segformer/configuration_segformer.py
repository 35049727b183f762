stub: upstream file of 7365 bytes
