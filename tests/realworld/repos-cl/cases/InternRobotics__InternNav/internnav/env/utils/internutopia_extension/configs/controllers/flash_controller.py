stub: upstream file of 323 bytes
