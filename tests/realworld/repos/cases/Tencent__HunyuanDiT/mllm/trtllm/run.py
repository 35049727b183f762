stub: upstream file of 41497 bytes
