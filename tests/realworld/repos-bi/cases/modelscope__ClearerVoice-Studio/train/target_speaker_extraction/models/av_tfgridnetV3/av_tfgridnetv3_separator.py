stub: upstream file of 18237 bytes
