stub: upstream file of 15246 bytes
