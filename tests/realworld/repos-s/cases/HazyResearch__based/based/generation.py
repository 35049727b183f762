stub: upstream file of 34383 bytes
