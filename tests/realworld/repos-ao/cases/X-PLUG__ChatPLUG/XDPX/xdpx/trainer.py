stub: upstream file of 53550 bytes
