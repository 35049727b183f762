stub: upstream file of 16846 bytes
