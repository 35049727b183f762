stub: upstream file of 6356 bytes
