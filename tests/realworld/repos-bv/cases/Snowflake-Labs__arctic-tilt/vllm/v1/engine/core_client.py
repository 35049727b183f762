stub: upstream file of 31120 bytes
