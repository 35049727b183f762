stub: upstream file of 32984 bytes
