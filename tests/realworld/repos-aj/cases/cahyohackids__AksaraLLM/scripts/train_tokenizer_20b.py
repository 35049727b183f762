stub: upstream file of 14299 bytes
