stub: upstream file of 11353 bytes
