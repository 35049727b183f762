stub: upstream file of 388 bytes
