stub: upstream file of 1894 bytes
