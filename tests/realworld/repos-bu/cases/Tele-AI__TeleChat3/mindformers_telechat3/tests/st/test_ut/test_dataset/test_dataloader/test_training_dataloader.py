stub: upstream file of 7054 bytes
