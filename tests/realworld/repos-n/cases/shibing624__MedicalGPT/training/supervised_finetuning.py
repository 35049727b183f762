stub: upstream file of 45999 bytes
