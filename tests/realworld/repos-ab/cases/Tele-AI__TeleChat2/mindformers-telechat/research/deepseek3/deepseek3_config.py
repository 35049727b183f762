stub: upstream file of 13000 bytes
