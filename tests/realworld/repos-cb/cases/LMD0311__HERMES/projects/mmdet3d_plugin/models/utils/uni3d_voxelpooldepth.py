stub: upstream file of 18318 bytes
