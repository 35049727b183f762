stub: upstream file of 42958 bytes
