stub: upstream file of 16544 bytes
