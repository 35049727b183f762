stub: upstream file of 14271 bytes
