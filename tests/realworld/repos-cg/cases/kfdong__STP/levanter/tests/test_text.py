stub: upstream file of 1252 bytes
