stub: upstream file of 232 bytes
