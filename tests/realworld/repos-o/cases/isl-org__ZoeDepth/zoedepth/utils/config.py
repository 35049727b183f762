stub: upstream file of 16338 bytes
