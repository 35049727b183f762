stub: upstream file of 7442 bytes
