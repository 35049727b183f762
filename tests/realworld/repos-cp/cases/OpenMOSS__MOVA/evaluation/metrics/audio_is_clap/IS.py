stub: upstream file of 4984 bytes
