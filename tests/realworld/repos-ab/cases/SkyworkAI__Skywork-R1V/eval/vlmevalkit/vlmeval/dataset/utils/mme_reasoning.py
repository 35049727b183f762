stub: upstream file of 57323 bytes
