stub: upstream file of 13063 bytes
