stub: upstream file of 34013 bytes
