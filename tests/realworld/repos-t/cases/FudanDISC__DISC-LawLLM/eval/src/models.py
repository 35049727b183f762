stub: upstream file of 37329 bytes
