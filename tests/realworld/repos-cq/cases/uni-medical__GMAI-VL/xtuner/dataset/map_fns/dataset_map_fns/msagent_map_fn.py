stub: upstream file of 5107 bytes
