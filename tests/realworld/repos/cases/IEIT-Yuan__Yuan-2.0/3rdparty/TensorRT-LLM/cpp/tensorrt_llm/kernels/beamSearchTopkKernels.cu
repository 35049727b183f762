stub: upstream file of 38306 bytes
