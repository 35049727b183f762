stub: upstream file of 7356 bytes
