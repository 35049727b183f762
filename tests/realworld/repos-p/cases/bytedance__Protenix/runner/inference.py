stub: upstream file of 24377 bytes
