stub: upstream file of 6996 bytes
