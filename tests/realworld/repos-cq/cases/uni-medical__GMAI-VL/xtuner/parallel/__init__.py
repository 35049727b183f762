stub: upstream file of 92 bytes
