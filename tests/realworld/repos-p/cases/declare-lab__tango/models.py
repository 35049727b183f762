stub: upstream file of 14221 bytes
