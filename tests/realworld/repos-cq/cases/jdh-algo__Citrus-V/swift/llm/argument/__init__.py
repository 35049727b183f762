stub: upstream file of 497 bytes
