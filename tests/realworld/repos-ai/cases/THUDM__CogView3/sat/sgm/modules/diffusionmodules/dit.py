stub: upstream file of 19414 bytes
