stub: upstream file of 1406 bytes
