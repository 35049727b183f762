stub: upstream file of 11505 bytes
