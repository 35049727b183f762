stub: upstream file of 48113 bytes
