stub: upstream file of 33170 bytes
