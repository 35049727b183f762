stub: upstream file of 13113 bytes
