stub: upstream file of 11011 bytes
