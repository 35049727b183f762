stub: upstream file of 18442 bytes
