stub: upstream file of 6 bytes
