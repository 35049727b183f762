stub: upstream file of 28000 bytes
