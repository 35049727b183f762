stub: upstream file of 6894 bytes
