stub: upstream file of 7501 bytes
