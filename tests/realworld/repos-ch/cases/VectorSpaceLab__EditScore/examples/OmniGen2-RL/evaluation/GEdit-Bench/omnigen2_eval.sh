stub: upstream file of 1210 bytes
