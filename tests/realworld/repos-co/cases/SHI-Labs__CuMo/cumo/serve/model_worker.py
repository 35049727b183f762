stub: upstream file of 11308 bytes
