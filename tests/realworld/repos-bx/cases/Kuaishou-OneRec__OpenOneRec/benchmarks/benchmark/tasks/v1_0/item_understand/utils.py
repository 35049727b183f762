stub: upstream file of 42987 bytes
