stub: upstream file of 14343 bytes
