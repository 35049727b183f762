stub: upstream file of 2668 bytes
