stub: upstream file of 11402 bytes
