stub: upstream file of 94208 bytes
