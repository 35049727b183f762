stub: upstream file of 52 bytes
