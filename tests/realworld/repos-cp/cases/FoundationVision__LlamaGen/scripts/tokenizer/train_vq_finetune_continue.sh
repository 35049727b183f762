stub: upstream file of 384 bytes
