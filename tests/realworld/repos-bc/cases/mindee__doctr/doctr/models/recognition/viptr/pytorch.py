stub: upstream file of 9369 bytes
