stub: upstream file of 29497 bytes
