stub: upstream file of 9317 bytes
