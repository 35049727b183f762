stub: upstream file of 16442 bytes
