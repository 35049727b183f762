stub: upstream file of 4453 bytes
