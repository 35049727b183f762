stub: upstream file of 98421 bytes
