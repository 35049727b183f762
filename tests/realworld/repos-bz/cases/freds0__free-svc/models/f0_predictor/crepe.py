stub: upstream file of 11377 bytes
