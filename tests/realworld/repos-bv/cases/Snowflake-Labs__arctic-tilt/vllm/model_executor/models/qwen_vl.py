stub: upstream file of 26791 bytes
