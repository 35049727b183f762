stub: upstream file of 13532 bytes
