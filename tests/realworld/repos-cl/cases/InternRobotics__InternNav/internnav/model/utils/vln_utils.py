stub: upstream file of 9363 bytes
