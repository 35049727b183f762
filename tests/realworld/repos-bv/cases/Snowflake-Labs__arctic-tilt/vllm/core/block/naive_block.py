stub: upstream file of 16355 bytes
