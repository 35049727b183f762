stub: upstream file of 7938 bytes
