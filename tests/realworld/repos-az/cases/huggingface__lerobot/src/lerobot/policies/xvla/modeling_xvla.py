stub: upstream file of 24550 bytes
