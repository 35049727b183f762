stub: upstream file of 2341 bytes
