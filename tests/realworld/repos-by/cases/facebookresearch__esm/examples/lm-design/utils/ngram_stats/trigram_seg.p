stub: upstream file of 196247 bytes
