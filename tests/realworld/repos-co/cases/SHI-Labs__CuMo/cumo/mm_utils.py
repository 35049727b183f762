stub: upstream file of 10399 bytes
