stub: upstream file of 15991 bytes
