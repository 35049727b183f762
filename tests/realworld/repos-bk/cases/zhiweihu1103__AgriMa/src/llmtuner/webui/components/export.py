stub: upstream file of 3241 bytes
