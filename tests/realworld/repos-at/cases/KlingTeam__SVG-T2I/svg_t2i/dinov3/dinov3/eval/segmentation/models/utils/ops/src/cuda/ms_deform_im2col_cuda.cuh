stub: upstream file of 54863 bytes
