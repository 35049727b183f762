stub: upstream file of 19374 bytes
