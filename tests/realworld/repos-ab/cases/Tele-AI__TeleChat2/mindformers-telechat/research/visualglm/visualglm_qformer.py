stub: upstream file of 23532 bytes
