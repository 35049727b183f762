stub: upstream file of 18261 bytes
