stub: upstream file of 38900 bytes
