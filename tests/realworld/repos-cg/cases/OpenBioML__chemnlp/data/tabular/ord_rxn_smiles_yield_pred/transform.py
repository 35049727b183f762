stub: upstream file of 1297 bytes
