stub: upstream file of 25473 bytes
