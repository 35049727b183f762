stub: upstream file of 7950 bytes
