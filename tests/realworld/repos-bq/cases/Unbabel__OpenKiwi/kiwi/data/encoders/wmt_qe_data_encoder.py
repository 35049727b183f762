stub: upstream file of 13539 bytes
