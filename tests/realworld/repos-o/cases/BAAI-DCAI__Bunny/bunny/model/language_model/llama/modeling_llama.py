stub: upstream file of 85982 bytes
