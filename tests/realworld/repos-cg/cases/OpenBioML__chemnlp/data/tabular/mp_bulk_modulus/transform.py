stub: upstream file of 304 bytes
