stub: upstream file of 7913 bytes
