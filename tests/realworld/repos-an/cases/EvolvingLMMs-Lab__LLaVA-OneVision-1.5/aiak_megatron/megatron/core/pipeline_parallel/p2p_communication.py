stub: upstream file of 32453 bytes
