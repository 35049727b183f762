stub: upstream file of 8990 bytes
