stub: upstream file of 429 bytes
