stub: upstream file of 9355 bytes
