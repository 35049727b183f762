stub: upstream file of 3356 bytes
