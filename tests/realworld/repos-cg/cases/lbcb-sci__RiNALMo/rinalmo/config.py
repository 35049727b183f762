stub: upstream file of 4009 bytes
