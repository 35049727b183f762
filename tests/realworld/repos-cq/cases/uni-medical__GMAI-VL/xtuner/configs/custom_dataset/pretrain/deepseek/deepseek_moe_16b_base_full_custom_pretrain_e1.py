stub: upstream file of 6337 bytes
