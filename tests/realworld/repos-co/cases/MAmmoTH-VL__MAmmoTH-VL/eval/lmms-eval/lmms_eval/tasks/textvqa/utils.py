stub: upstream file of 2320 bytes
