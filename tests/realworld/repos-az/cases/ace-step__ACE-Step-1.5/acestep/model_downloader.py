stub: upstream file of 21311 bytes
