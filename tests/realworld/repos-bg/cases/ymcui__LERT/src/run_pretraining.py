stub: upstream file of 19485 bytes
