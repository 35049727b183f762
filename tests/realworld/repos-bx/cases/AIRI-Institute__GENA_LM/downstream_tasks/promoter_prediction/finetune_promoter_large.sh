stub: upstream file of 2432 bytes
