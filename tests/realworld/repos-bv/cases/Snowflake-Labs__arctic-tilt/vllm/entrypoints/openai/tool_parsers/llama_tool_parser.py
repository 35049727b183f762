stub: upstream file of 11909 bytes
