stub: upstream file of 43493 bytes
