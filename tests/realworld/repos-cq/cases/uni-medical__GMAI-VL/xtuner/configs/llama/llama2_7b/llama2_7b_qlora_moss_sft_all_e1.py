stub: upstream file of 7610 bytes
