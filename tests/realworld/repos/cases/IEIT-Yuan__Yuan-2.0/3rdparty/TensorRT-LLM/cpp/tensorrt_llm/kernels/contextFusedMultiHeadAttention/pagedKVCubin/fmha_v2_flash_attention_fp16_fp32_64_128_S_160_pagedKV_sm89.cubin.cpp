stub: upstream file of 1021453 bytes
