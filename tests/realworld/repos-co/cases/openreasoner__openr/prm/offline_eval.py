stub: upstream file of 4241 bytes
