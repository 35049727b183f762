stub: upstream file of 23052 bytes
