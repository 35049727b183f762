stub: upstream file of 30791 bytes
