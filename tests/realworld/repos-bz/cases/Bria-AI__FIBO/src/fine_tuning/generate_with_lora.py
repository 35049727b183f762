stub: upstream file of 4307 bytes
