stub: upstream file of 1953 bytes
