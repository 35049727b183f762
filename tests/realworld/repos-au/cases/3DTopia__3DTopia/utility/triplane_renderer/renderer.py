stub: upstream file of 35355 bytes
