stub: upstream file of 55380 bytes
