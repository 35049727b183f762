stub: upstream file of 8894 bytes
