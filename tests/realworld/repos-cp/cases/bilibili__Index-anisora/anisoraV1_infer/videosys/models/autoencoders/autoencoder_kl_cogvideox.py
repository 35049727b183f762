stub: upstream file of 51529 bytes
