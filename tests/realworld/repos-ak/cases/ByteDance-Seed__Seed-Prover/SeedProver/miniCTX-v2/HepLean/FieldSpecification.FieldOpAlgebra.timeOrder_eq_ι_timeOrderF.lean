stub: upstream file of 18913 bytes
