stub: upstream file of 328 bytes
