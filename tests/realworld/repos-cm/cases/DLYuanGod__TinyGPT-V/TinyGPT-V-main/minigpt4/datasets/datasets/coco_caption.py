stub: upstream file of 4252 bytes
