stub: upstream file of 3442 bytes
