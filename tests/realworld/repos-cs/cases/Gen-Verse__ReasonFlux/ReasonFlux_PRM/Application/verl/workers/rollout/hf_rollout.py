stub: upstream file of 7304 bytes
