stub: upstream file of 38141 bytes
