stub: upstream file of 2297 bytes
