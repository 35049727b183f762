stub: upstream file of 9314 bytes
