stub: upstream file of 18395 bytes
