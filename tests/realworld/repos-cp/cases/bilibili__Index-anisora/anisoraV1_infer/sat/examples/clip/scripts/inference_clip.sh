stub: upstream file of 453 bytes
