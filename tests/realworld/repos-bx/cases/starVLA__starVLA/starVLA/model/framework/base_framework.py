stub: upstream file of 13079 bytes
