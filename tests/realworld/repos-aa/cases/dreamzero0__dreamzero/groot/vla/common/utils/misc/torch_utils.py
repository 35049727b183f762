stub: upstream file of 22453 bytes
