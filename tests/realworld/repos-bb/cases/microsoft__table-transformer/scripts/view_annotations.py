stub: upstream file of 10745 bytes
