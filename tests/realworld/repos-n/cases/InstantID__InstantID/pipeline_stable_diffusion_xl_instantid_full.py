stub: upstream file of 61295 bytes
