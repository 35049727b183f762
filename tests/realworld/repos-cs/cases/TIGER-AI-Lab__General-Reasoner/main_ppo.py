stub: upstream file of 8482 bytes
