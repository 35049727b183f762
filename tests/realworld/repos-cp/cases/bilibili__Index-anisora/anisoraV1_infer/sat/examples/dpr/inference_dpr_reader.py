stub: upstream file of 1744 bytes
