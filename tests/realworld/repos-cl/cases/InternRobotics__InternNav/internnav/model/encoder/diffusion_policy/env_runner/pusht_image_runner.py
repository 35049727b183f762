stub: upstream file of 9197 bytes
