stub: upstream file of 20410 bytes
