stub: upstream file of 6984 bytes
