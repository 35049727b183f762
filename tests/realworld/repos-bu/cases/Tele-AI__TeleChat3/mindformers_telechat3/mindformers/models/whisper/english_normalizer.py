stub: upstream file of 23032 bytes
