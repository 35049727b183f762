stub: upstream file of 8461 bytes
