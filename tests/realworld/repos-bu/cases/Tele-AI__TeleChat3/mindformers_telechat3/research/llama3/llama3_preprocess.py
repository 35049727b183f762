stub: upstream file of 9933 bytes
