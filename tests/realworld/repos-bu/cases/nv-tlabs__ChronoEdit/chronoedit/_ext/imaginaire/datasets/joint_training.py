stub: upstream file of 4277 bytes
