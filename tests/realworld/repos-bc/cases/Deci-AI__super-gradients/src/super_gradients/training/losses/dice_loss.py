stub: upstream file of 5208 bytes
