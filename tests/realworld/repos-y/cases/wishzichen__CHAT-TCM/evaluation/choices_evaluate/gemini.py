stub: upstream file of 9299 bytes
