stub: upstream file of 11525 bytes
