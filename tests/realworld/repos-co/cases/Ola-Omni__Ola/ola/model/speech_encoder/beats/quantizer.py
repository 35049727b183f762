stub: upstream file of 8171 bytes
