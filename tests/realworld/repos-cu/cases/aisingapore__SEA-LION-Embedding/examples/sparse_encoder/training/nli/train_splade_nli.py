stub: upstream file of 6012 bytes
