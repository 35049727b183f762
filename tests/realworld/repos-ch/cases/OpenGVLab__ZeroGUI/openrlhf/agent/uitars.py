stub: upstream file of 33514 bytes
