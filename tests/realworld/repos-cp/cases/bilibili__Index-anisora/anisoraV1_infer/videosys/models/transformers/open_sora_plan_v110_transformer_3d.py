stub: upstream file of 128453 bytes
