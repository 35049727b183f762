stub: upstream file of 17285 bytes
