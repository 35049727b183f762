stub: upstream file of 16399 bytes
