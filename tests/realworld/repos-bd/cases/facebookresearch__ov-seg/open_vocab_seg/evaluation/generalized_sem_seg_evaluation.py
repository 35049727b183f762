stub: upstream file of 6427 bytes
