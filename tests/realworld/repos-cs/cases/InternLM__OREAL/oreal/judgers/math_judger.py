stub: upstream file of 8662 bytes
