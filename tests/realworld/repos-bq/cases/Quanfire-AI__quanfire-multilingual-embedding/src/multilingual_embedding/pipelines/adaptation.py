stub: upstream file of 36867 bytes
