stub: upstream file of 11413 bytes
