stub: upstream file of 16076 bytes
