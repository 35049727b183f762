stub: upstream file of 14836 bytes
