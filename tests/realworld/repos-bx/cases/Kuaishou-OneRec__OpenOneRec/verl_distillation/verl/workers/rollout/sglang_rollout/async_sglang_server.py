stub: upstream file of 13858 bytes
