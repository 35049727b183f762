stub: upstream file of 28363 bytes
