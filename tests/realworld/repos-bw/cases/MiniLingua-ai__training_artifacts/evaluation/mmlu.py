stub: upstream file of 10529 bytes
