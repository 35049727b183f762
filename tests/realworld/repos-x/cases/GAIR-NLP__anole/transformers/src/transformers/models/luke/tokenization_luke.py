stub: upstream file of 84406 bytes
