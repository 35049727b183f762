stub: upstream file of 11311 bytes
