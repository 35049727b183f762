stub: upstream file of 95 bytes
