stub: upstream file of 2379 bytes
