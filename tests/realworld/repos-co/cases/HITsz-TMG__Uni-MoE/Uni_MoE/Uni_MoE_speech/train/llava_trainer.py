stub: upstream file of 13497 bytes
