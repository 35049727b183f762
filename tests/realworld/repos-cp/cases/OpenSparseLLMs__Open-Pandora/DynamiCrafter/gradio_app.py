stub: upstream file of 11415 bytes
