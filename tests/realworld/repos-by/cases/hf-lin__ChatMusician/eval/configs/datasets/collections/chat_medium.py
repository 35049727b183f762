stub: upstream file of 3862 bytes
