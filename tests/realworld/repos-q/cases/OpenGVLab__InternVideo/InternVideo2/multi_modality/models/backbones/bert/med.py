stub: upstream file of 49679 bytes
