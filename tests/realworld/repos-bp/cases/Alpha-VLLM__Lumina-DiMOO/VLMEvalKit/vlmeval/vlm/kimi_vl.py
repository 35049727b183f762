stub: upstream file of 5399 bytes
