stub: upstream file of 16095 bytes
