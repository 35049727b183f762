stub: upstream file of 19010 bytes
