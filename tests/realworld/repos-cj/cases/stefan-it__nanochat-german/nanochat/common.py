stub: upstream file of 6401 bytes
