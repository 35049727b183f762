stub: upstream file of 13610 bytes
