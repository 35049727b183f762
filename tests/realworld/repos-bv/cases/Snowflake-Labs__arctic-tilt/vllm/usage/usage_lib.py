stub: upstream file of 8413 bytes
