stub: upstream file of 1529 bytes
