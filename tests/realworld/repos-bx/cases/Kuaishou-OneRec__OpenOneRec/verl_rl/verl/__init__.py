stub: upstream file of 2313 bytes
