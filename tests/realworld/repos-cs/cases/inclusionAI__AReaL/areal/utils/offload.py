stub: upstream file of 1287 bytes
