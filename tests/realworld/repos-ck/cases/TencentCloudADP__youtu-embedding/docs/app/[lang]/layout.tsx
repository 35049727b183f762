stub: upstream file of 2980 bytes
