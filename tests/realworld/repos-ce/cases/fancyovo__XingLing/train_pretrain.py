stub: upstream file of 7572 bytes
