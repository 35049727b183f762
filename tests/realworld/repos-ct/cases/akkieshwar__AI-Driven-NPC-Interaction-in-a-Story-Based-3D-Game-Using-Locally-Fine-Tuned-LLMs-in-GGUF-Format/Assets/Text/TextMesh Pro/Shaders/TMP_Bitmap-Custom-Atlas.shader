stub: upstream file of 3497 bytes
