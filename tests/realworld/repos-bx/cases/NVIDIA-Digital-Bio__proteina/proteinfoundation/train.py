stub: upstream file of 11361 bytes
