stub: upstream file of 12950 bytes
