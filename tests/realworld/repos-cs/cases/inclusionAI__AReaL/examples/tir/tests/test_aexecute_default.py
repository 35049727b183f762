stub: upstream file of 1069 bytes
