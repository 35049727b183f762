stub: upstream file of 37145 bytes
