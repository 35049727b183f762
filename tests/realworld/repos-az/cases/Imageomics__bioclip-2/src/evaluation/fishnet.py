stub: upstream file of 9294 bytes
