stub: upstream file of 24052 bytes
