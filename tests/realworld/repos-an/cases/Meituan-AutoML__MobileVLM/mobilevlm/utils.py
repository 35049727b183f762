stub: upstream file of 7923 bytes
