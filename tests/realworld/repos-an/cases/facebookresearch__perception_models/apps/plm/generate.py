stub: upstream file of 23429 bytes
