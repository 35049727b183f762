stub: upstream file of 4377 bytes
