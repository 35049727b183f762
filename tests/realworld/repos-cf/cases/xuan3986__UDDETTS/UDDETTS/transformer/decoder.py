stub: upstream file of 16532 bytes
