stub: upstream file of 8888 bytes
