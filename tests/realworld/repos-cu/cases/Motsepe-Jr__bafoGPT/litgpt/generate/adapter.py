stub: upstream file of 6405 bytes
