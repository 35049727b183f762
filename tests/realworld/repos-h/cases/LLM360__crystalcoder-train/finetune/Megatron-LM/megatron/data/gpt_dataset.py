stub: upstream file of 25352 bytes
