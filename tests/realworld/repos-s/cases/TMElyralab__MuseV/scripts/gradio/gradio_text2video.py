stub: upstream file of 36379 bytes
