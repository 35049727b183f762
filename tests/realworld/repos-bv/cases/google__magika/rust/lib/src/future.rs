stub: upstream file of 3397 bytes
