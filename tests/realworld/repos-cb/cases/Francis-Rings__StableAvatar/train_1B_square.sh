stub: upstream file of 1321 bytes
