stub: upstream file of 3589 bytes
