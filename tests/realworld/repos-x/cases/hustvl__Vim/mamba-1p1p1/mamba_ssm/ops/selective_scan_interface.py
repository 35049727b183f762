stub: upstream file of 36529 bytes
