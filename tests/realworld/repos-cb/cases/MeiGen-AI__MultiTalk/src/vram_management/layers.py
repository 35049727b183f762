stub: upstream file of 7792 bytes
