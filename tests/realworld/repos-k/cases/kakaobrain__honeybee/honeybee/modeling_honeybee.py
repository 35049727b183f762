stub: upstream file of 14481 bytes
