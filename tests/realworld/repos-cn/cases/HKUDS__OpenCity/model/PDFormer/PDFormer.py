stub: upstream file of 18306 bytes
