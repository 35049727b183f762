stub: upstream file of 6931 bytes
