stub: upstream file of 35323 bytes
