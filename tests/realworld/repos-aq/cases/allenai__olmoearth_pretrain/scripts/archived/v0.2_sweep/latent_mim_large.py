stub: upstream file of 8833 bytes
