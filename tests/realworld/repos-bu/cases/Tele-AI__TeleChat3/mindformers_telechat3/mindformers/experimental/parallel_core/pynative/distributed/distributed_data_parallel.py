stub: upstream file of 19429 bytes
