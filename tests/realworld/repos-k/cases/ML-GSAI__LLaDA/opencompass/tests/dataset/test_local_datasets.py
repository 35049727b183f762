stub: upstream file of 11318 bytes
