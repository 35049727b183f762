stub: upstream file of 28495 bytes
