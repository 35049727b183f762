stub: upstream file of 12354 bytes
