stub: upstream file of 50 bytes
