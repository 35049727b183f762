stub: upstream file of 22017 bytes
