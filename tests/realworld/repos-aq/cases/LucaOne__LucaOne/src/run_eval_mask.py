stub: upstream file of 75297 bytes
