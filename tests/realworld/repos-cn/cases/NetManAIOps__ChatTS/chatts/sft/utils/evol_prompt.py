stub: upstream file of 13985 bytes
