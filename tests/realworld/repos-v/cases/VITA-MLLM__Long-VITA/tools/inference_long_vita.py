stub: upstream file of 34437 bytes
