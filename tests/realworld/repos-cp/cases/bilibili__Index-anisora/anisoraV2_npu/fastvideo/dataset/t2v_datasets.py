stub: upstream file of 13252 bytes
