stub: upstream file of 11246 bytes
