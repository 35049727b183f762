stub: upstream file of 1284 bytes
