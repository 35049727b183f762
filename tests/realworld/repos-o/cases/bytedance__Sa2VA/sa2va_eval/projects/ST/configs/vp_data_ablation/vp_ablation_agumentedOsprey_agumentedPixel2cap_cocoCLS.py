stub: upstream file of 21933 bytes
