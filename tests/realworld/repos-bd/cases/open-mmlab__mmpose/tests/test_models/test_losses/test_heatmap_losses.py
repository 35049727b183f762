stub: upstream file of 5299 bytes
