stub: upstream file of 12070 bytes
