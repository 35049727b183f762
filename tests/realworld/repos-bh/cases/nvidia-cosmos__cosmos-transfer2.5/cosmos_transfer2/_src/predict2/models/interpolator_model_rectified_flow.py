stub: upstream file of 12381 bytes
