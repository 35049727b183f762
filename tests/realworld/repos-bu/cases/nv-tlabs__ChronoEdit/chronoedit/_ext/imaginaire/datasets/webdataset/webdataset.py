stub: upstream file of 11356 bytes
