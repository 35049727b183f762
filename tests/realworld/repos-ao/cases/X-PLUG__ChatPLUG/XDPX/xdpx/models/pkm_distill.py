stub: upstream file of 14050 bytes
