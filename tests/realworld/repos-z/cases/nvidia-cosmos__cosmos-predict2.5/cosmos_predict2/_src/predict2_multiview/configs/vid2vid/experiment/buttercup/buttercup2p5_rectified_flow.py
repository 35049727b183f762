stub: upstream file of 24529 bytes
