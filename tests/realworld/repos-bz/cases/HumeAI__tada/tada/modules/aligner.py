stub: upstream file of 11436 bytes
