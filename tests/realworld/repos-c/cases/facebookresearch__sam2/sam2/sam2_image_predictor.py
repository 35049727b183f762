stub: upstream file of 19937 bytes
