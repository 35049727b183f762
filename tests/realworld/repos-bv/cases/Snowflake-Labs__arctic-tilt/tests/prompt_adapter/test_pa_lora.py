stub: upstream file of 2481 bytes
