stub: upstream file of 9380 bytes
