stub: upstream file of 6988 bytes
