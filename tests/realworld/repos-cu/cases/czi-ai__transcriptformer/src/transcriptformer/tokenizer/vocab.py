stub: upstream file of 4140 bytes
