stub: upstream file of 4381 bytes
