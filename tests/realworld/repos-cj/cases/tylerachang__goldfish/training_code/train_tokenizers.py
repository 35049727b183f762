stub: upstream file of 2243 bytes
