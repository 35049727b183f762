stub: upstream file of 12260 bytes
