stub: upstream file of 43271 bytes
