stub: upstream file of 4306 bytes
