stub: upstream file of 93 bytes
