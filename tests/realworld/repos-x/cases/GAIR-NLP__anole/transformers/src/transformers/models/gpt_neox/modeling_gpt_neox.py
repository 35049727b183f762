stub: upstream file of 64855 bytes
