stub: upstream file of 20585 bytes
