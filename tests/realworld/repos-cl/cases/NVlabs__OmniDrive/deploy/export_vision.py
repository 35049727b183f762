stub: upstream file of 32357 bytes
