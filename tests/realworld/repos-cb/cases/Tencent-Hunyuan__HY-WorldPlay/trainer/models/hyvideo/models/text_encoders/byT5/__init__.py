stub: upstream file of 8290 bytes
