stub: upstream file of 17265 bytes
