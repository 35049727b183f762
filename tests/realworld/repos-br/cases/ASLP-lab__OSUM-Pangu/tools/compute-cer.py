stub: upstream file of 20810 bytes
