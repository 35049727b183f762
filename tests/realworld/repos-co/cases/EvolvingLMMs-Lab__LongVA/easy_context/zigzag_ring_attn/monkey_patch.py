stub: upstream file of 3425 bytes
