stub: upstream file of 18357 bytes
