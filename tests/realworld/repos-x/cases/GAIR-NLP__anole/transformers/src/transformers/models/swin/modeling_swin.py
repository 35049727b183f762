stub: upstream file of 62545 bytes
