stub: upstream file of 10497 bytes
