stub: upstream file of 14008 bytes
