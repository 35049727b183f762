stub: upstream file of 11517 bytes
