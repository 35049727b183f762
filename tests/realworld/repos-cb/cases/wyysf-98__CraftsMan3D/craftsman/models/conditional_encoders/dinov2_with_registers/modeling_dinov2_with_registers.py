stub: upstream file of 41438 bytes
