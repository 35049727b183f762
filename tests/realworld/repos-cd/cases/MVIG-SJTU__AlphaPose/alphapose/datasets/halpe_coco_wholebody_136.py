stub: upstream file of 11348 bytes
