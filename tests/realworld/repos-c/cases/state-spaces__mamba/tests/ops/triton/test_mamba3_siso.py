stub: upstream file of 42361 bytes
