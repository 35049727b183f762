stub: upstream file of 11001 bytes
