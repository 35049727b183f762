stub: upstream file of 6497 bytes
