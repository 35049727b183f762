stub: upstream file of 14292 bytes
