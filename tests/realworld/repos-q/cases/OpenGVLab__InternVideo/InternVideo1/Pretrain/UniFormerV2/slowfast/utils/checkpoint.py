stub: upstream file of 20791 bytes
