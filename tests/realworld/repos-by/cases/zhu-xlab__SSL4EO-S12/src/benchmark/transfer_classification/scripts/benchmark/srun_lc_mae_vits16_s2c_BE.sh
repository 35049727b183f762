stub: upstream file of 1497 bytes
