stub: upstream file of 29830 bytes
