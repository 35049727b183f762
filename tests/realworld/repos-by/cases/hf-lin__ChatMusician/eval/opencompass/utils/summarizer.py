stub: upstream file of 10999 bytes
