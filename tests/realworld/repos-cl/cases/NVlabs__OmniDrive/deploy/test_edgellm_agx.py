stub: upstream file of 25296 bytes
