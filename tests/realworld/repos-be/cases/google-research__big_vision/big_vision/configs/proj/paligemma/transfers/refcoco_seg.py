stub: upstream file of 7208 bytes
