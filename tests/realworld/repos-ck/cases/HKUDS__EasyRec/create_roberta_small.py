stub: upstream file of 6414 bytes
