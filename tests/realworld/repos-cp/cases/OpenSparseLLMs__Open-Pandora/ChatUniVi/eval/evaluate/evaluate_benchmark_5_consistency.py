stub: upstream file of 8692 bytes
