stub: upstream file of 24441 bytes
