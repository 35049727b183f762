stub: upstream file of 30744 bytes
