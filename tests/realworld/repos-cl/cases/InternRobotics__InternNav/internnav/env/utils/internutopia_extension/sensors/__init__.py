stub: upstream file of 34 bytes
