stub: upstream file of 13929 bytes
