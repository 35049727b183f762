stub: upstream file of 43463 bytes
