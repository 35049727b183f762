stub: upstream file of 18297 bytes
