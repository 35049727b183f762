stub: upstream file of 35497 bytes
