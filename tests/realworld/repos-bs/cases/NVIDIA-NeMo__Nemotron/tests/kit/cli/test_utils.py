stub: upstream file of 13381 bytes
