stub: upstream file of 20356 bytes
