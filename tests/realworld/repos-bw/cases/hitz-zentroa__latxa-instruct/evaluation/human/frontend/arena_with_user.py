stub: upstream file of 53363 bytes
