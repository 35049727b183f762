stub: upstream file of 9224 bytes
