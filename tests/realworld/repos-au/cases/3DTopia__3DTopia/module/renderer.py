stub: upstream file of 21285 bytes
