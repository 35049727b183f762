stub: upstream file of 30894 bytes
