stub: upstream file of 18379 bytes
