stub: upstream file of 1600 bytes
