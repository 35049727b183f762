stub: upstream file of 13283 bytes
