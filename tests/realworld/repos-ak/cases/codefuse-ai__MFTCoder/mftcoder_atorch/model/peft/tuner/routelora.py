stub: upstream file of 28361 bytes
