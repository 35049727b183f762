stub: upstream file of 1996 bytes
