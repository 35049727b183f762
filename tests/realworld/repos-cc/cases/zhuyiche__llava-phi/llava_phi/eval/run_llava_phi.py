stub: upstream file of 3465 bytes
