stub: upstream file of 11302 bytes
