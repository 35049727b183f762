stub: upstream file of 14361 bytes
