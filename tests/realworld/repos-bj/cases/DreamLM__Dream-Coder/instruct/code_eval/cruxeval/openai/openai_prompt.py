stub: upstream file of 6749 bytes
