stub: upstream file of 29006 bytes
