stub: upstream file of 33120 bytes
