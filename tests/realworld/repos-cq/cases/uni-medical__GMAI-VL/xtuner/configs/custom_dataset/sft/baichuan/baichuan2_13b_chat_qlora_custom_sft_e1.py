stub: upstream file of 7461 bytes
