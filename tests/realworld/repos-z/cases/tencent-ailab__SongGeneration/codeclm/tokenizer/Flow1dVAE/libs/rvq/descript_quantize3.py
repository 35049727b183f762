stub: upstream file of 11544 bytes
