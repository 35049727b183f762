stub: upstream file of 36364 bytes
