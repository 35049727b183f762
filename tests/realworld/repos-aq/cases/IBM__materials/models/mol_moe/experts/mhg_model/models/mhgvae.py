stub: upstream file of 43984 bytes
