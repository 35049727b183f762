stub: upstream file of 12287 bytes
