stub: upstream file of 8384 bytes
