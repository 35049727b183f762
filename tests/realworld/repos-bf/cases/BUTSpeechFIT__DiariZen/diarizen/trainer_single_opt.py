stub: upstream file of 29910 bytes
