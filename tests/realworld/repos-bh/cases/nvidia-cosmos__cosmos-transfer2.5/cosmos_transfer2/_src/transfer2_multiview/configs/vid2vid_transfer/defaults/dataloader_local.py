stub: upstream file of 13608 bytes
