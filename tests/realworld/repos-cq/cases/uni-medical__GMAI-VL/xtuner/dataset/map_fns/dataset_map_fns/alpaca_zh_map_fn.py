stub: upstream file of 257 bytes
