stub: upstream file of 3885 bytes
