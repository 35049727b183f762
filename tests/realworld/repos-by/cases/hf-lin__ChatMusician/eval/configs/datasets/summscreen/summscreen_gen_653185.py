stub: upstream file of 1627 bytes
