stub: upstream file of 21380 bytes
