stub: upstream file of 2279 bytes
