stub: upstream file of 18413 bytes
