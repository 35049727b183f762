stub: upstream file of 1279 bytes
