stub: upstream file of 9500 bytes
