stub: upstream file of 8399 bytes
