stub: upstream file of 9530 bytes
