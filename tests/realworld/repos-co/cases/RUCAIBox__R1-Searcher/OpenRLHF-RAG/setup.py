stub: upstream file of 2287 bytes
