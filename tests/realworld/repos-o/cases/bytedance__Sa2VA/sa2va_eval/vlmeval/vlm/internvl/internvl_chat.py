stub: upstream file of 24984 bytes
