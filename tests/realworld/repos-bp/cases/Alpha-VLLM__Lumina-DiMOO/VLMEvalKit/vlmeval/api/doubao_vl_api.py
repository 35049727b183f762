stub: upstream file of 8076 bytes
