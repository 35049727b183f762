stub: upstream file of 11199 bytes
