stub: upstream file of 19068 bytes
