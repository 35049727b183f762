stub: upstream file of 1108 bytes
