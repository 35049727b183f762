stub: upstream file of 35393 bytes
