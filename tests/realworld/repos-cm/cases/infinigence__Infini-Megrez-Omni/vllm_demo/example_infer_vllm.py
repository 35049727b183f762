stub: upstream file of 1408 bytes
