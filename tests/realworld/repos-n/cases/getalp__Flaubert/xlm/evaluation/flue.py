stub: upstream file of 15316 bytes
