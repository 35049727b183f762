stub: upstream file of 40351 bytes
