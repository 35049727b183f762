stub: upstream file of 9000 bytes
