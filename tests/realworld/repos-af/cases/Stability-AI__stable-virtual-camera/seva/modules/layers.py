stub: upstream file of 4410 bytes
