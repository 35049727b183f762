stub: upstream file of 3392 bytes
