stub: upstream file of 21017 bytes
