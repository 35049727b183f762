stub: upstream file of 9491 bytes
