stub: upstream file of 80 bytes
