stub: upstream file of 7625 bytes
