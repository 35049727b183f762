stub: upstream file of 1119 bytes
