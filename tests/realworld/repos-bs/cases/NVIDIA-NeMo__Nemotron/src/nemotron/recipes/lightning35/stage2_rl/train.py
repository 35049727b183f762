stub: upstream file of 18855 bytes
