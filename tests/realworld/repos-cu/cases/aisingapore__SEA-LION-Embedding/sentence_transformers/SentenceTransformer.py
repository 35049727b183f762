stub: upstream file of 126436 bytes
