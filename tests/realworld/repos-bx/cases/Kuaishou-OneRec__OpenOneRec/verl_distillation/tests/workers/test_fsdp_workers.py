stub: upstream file of 2744 bytes
