stub: upstream file of 6968 bytes
