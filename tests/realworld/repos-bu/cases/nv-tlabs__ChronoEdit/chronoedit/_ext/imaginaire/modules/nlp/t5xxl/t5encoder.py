stub: upstream file of 9277 bytes
