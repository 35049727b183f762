stub: upstream file of 13095 bytes
