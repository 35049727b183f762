stub: upstream file of 2382 bytes
