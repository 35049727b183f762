stub: upstream file of 16909 bytes
