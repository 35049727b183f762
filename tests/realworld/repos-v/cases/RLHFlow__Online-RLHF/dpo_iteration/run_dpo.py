stub: upstream file of 12780 bytes
