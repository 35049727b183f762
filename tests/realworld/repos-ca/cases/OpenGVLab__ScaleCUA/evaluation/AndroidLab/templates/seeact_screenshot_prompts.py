stub: upstream file of 4179 bytes
