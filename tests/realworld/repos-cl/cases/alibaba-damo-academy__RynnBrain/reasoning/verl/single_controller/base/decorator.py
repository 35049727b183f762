stub: upstream file of 16376 bytes
