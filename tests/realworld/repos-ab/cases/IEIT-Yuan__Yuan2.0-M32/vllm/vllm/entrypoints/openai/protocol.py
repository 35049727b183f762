stub: upstream file of 16415 bytes
