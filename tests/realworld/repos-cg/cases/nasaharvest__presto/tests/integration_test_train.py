stub: upstream file of 1295 bytes
