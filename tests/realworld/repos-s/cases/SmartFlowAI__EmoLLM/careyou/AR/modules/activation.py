stub: upstream file of 20049 bytes
