stub: upstream file of 6438 bytes
