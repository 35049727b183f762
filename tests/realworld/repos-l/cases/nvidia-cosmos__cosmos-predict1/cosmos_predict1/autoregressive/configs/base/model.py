stub: upstream file of 20306 bytes
