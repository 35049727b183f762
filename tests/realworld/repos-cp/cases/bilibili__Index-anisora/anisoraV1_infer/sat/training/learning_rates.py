stub: upstream file of 3744 bytes
