stub: upstream file of 32427 bytes
