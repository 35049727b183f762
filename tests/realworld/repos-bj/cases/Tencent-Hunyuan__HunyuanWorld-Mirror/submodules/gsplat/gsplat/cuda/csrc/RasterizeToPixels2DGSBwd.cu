stub: upstream file of 36982 bytes
