stub: upstream file of 7197 bytes
