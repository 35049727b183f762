stub: upstream file of 33270 bytes
