stub: upstream file of 5329 bytes
