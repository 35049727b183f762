stub: upstream file of 25550 bytes
