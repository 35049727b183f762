stub: upstream file of 9362 bytes
