stub: upstream file of 13353 bytes
