stub: upstream file of 4526 bytes
