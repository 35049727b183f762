stub: upstream file of 28505 bytes
