stub: upstream file of 9517 bytes
