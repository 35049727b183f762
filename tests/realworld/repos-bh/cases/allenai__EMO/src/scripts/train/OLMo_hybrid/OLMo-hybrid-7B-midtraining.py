stub: upstream file of 7237 bytes
