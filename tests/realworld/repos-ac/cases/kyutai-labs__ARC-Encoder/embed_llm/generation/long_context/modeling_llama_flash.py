stub: upstream file of 93836 bytes
