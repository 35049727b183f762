stub: upstream file of 15314 bytes
