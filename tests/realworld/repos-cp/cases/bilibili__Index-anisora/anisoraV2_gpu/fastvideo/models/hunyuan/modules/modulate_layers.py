stub: upstream file of 4032 bytes
