stub: upstream file of 21415 bytes
