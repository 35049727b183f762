stub: upstream file of 3313 bytes
