stub: upstream file of 12848 bytes
