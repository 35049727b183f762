stub: upstream file of 29323 bytes
