stub: upstream file of 31400 bytes
