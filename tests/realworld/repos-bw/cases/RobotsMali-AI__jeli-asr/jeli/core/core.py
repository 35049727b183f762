stub: upstream file of 12550 bytes
