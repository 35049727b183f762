stub: upstream file of 38398 bytes
