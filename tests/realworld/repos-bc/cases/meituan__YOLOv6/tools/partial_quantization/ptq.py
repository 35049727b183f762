stub: upstream file of 6323 bytes
