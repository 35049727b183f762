stub: upstream file of 399 bytes
