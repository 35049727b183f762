stub: upstream file of 6292 bytes
