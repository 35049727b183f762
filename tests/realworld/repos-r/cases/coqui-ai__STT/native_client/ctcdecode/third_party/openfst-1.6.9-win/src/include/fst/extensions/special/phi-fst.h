stub: upstream file of 6406 bytes
