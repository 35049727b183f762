stub: upstream file of 37438 bytes
