stub: upstream file of 6079 bytes
