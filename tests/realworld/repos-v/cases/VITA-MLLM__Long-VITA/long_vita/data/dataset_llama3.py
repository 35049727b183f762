stub: upstream file of 14336 bytes
