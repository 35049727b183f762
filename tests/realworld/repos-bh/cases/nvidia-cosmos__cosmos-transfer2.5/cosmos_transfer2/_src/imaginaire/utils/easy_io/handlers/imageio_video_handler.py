stub: upstream file of 7347 bytes
