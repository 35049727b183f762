stub: upstream file of 1012 bytes
