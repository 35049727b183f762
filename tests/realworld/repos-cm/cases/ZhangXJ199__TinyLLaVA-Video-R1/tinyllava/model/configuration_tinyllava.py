stub: upstream file of 6010 bytes
