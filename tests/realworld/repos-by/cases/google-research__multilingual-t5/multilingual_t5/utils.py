stub: upstream file of 3398 bytes
