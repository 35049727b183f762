stub: upstream file of 6531 bytes
