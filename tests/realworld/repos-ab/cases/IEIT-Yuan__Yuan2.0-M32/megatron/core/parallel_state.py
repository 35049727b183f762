stub: upstream file of 25172 bytes
