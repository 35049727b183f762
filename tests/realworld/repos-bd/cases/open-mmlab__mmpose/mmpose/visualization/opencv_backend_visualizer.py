stub: upstream file of 22850 bytes
