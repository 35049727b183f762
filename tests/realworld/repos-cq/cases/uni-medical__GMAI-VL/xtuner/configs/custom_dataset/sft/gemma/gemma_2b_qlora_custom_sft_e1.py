stub: upstream file of 7491 bytes
