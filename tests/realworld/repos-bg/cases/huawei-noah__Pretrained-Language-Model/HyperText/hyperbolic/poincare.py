stub: upstream file of 7958 bytes
