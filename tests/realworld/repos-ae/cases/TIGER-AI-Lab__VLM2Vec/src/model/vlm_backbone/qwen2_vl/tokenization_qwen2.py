stub: upstream file of 13933 bytes
