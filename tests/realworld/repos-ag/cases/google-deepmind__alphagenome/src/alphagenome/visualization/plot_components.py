stub: upstream file of 52241 bytes
