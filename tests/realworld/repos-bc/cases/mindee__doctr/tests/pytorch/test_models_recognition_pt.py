stub: upstream file of 7489 bytes
