stub: upstream file of 23376 bytes
