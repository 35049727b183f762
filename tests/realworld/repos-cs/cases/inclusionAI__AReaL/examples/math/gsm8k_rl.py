stub: upstream file of 1362 bytes
