stub: upstream file of 85323 bytes
