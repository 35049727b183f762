stub: upstream file of 15521 bytes
