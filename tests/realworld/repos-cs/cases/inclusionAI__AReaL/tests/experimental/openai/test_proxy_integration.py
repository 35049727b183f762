stub: upstream file of 8437 bytes
