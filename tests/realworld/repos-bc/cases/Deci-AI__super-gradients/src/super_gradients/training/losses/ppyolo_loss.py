stub: upstream file of 50254 bytes
