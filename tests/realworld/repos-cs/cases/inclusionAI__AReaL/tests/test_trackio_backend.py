stub: upstream file of 7049 bytes
