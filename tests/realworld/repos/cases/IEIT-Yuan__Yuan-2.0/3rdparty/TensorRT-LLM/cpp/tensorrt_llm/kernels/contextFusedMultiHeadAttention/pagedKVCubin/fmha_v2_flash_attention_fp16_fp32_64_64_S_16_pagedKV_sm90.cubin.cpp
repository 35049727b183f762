stub: upstream file of 351254 bytes
