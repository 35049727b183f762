stub: upstream file of 23415 bytes
