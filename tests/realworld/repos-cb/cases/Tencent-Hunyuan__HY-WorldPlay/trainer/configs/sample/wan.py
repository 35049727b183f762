stub: upstream file of 5410 bytes
