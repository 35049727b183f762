stub: upstream file of 3745 bytes
