stub: upstream file of 1962 bytes
