stub: upstream file of 43309 bytes
