stub: upstream file of 14137 bytes
