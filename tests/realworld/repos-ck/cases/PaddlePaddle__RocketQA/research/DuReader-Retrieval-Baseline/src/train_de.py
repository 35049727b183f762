stub: upstream file of 14101 bytes
