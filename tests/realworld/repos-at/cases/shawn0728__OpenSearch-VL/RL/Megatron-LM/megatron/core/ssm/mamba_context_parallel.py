stub: upstream file of 16384 bytes
