stub: upstream file of 10470 bytes
