stub: upstream file of 7960 bytes
