stub: upstream file of 6252 bytes
