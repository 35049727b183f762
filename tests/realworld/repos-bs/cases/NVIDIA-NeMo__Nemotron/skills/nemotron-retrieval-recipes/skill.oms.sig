stub: upstream file of 5973 bytes
