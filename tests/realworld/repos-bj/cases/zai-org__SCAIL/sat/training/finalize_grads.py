stub: upstream file of 4525 bytes
