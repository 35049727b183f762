stub: upstream file of 2529 bytes
