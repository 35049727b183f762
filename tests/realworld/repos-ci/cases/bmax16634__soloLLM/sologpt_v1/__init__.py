stub: upstream file of 56 bytes
