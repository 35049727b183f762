stub: upstream file of 11442 bytes
