stub: upstream file of 8252 bytes
