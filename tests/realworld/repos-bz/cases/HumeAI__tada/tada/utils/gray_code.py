stub: upstream file of 3210 bytes
