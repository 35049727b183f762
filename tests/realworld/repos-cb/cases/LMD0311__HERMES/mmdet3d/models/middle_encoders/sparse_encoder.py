stub: upstream file of 8258 bytes
