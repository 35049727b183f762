stub: upstream file of 25400 bytes
