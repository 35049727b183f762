stub: upstream file of 11604 bytes
