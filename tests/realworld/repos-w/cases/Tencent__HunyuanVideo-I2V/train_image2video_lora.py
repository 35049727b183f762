stub: upstream file of 29277 bytes
