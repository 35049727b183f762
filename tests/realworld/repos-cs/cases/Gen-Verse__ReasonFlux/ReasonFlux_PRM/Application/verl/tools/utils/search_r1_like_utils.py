stub: upstream file of 9273 bytes
