stub: upstream file of 15342 bytes
