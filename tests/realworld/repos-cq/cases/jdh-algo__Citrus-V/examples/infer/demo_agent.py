stub: upstream file of 4398 bytes
