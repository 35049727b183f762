stub: upstream file of 369 bytes
