stub: upstream file of 1013 bytes
