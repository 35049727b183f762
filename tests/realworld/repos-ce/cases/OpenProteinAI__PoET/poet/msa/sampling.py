stub: upstream file of 10375 bytes
