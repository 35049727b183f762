stub: upstream file of 4082 bytes
