stub: upstream file of 16359 bytes
