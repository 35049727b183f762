stub: upstream file of 10554 bytes
