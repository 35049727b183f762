stub: upstream file of 20068 bytes
