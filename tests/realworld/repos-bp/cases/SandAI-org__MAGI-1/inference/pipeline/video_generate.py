stub: upstream file of 33351 bytes
