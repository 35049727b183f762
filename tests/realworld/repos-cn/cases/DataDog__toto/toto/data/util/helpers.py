stub: upstream file of 13047 bytes
