stub: upstream file of 9096 bytes
