stub: upstream file of 1294 bytes
