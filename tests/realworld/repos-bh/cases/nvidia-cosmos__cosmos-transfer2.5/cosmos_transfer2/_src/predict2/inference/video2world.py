stub: upstream file of 43910 bytes
