stub: upstream file of 8902 bytes
