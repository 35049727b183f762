stub: upstream file of 42399 bytes
