stub: upstream file of 23441 bytes
