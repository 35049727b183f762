stub: upstream file of 12199 bytes
