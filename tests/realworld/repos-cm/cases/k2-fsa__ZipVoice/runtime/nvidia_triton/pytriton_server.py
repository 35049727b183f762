stub: upstream file of 12429 bytes
