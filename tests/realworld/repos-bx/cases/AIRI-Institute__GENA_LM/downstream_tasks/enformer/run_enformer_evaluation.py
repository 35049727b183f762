stub: upstream file of 18496 bytes
