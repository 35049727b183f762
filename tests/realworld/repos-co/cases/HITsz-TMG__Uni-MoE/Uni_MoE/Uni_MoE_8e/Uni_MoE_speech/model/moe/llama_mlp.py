stub: upstream file of 4532 bytes
