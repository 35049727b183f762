stub: upstream file of 18068 bytes
