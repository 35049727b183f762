stub: upstream file of 11403 bytes
