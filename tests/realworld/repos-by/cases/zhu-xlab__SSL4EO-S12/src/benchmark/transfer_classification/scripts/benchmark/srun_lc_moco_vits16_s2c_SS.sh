stub: upstream file of 1347 bytes
