stub: upstream file of 16625 bytes
