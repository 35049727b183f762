stub: upstream file of 9324 bytes
