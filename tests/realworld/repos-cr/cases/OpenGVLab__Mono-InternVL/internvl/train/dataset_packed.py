stub: upstream file of 25421 bytes
