stub: upstream file of 442 bytes
