stub: upstream file of 5345 bytes
