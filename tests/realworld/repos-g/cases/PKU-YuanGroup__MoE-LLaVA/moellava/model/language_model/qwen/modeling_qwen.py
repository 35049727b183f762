stub: upstream file of 55663 bytes
