stub: upstream file of 16600 bytes
