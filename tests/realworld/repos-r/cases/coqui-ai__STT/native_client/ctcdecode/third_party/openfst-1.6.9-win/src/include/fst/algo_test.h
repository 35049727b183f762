stub: upstream file of 41361 bytes
