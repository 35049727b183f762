stub: upstream file of 15024 bytes
