stub: upstream file of 9864 bytes
