stub: upstream file of 21442 bytes
