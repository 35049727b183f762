stub: upstream file of 5287 bytes
