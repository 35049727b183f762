stub: upstream file of 32235 bytes
