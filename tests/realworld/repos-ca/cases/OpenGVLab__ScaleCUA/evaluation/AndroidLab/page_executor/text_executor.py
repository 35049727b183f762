stub: upstream file of 24599 bytes
