stub: upstream file of 7663 bytes
