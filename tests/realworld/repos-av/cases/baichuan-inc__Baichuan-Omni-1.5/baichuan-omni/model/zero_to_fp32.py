stub: upstream file of 25314 bytes
