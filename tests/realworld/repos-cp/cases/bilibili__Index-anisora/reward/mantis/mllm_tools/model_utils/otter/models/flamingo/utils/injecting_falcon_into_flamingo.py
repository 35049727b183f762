stub: upstream file of 1435 bytes
