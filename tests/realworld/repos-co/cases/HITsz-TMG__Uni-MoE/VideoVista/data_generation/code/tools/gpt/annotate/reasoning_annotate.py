stub: upstream file of 14532 bytes
