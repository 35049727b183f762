stub: upstream file of 46532 bytes
