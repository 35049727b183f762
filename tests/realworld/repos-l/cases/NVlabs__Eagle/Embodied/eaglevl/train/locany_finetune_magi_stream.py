stub: upstream file of 69127 bytes
