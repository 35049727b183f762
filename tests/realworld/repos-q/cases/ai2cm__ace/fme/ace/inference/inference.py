stub: upstream file of 24411 bytes
