stub: upstream file of 2489 bytes
