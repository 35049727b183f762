stub: upstream file of 1208 bytes
