stub: upstream file of 1391 bytes
