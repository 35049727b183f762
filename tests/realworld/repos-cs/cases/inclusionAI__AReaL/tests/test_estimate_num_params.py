stub: upstream file of 2239 bytes
