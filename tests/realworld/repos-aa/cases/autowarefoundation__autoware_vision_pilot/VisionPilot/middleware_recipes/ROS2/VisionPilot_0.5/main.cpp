stub: upstream file of 44529 bytes
