stub: upstream file of 45362 bytes
