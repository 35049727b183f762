stub: upstream file of 34438 bytes
