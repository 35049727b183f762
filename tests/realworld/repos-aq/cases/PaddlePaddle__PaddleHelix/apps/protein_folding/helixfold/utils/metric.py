stub: upstream file of 11208 bytes
