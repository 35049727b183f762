stub: upstream file of 13361 bytes
