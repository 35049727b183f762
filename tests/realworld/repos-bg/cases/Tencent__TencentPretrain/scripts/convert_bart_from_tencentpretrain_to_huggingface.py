stub: upstream file of 10042 bytes
