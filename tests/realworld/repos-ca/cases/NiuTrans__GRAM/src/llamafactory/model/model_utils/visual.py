stub: upstream file of 10200 bytes
