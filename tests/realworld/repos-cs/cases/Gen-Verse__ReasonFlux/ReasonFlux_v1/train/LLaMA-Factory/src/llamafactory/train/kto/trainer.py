stub: upstream file of 12894 bytes
