stub: upstream file of 2032 bytes
