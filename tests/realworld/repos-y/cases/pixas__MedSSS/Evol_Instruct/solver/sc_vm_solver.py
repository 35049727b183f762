stub: upstream file of 16497 bytes
