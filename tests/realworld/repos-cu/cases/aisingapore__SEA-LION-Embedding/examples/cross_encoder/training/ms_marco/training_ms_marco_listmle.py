stub: upstream file of 6261 bytes
