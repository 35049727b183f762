stub: upstream file of 11324 bytes
