stub: upstream file of 3009 bytes
