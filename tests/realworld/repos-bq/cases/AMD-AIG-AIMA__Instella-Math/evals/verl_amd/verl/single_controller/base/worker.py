stub: upstream file of 7261 bytes
