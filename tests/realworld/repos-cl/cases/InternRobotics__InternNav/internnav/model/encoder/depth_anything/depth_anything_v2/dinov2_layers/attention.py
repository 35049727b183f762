stub: upstream file of 2343 bytes
