stub: upstream file of 18251 bytes
