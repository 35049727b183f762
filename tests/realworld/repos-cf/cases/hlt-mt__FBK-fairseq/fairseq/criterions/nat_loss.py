stub: upstream file of 6313 bytes
