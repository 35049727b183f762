stub: upstream file of 5363 bytes
