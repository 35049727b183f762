stub: upstream file of 17908 bytes
