stub: upstream file of 5996 bytes
