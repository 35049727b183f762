stub: upstream file of 1999 bytes
