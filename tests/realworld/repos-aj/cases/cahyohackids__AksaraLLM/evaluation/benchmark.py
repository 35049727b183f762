stub: upstream file of 22367 bytes
