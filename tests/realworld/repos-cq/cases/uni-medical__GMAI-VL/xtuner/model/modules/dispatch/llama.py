stub: upstream file of 21404 bytes
