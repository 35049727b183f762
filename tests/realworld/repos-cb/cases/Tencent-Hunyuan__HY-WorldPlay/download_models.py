stub: upstream file of 11096 bytes
