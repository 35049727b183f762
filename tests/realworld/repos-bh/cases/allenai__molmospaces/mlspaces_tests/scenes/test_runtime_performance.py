stub: upstream file of 26529 bytes
