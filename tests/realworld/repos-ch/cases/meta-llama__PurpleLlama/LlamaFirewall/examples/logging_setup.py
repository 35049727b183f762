stub: upstream file of 560 bytes
