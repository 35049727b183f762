stub: upstream file of 9260 bytes
