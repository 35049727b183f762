stub: upstream file of 5377 bytes
