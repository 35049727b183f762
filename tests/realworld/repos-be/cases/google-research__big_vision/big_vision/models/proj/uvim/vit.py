stub: upstream file of 12399 bytes
