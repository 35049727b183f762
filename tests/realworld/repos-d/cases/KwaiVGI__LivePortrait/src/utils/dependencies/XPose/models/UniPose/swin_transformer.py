stub: upstream file of 27309 bytes
