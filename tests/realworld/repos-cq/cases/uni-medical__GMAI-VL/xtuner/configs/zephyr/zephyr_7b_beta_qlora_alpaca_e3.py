stub: upstream file of 7319 bytes
