stub: upstream file of 8257 bytes
