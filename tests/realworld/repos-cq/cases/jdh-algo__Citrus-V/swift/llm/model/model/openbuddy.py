stub: upstream file of 3293 bytes
