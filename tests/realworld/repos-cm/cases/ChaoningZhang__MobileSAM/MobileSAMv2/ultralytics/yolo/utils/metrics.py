stub: upstream file of 42292 bytes
