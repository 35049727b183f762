stub: upstream file of 28231 bytes
