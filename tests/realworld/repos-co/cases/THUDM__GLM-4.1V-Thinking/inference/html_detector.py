stub: upstream file of 9754 bytes
