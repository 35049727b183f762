stub: upstream file of 6957 bytes
