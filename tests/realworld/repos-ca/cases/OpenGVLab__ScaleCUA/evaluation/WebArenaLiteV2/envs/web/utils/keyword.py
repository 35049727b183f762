stub: upstream file of 5396 bytes
