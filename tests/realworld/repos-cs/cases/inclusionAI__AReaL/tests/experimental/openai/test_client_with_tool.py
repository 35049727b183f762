stub: upstream file of 23047 bytes
