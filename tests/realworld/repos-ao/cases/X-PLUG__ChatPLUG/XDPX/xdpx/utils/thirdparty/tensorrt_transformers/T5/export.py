stub: upstream file of 13059 bytes
