stub: upstream file of 1994 bytes
