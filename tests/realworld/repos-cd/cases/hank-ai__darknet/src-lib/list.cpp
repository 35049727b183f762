stub: upstream file of 1398 bytes
